using CommunityBot.Core.Recommendations.Evaluation;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class MovieLensReaderTests
{
    [Fact]
    public void Read_MoviesRatingsTags_MapsToCoursesAndPositiveInteractions()
    {
        const string movies = "movieId,title,genres\n1,Toy Story (1995),Adventure|Animation\n2,\"American President, The (1995)\",Comedy|Drama|Romance\n3,Nothing,(no genres listed)\n";
        const string ratings = "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,3.5,964981247\n2,2,5.0,964982224\n";
        const string tags = "userId,movieId,tag,timestamp\n2,1,Pixar,1445714994\n";

        var data = MovieLensReader.Read(new StringReader(movies), new StringReader(ratings), new StringReader(tags));

        Assert.Equal(["Adventure", "Animation", "pixar"], data.Courses[0].Tags);
        Assert.Equal("American President, The (1995)", data.Courses[1].Title);
        Assert.Empty(data.Courses[2].Tags);
        Assert.Equal([("1", "1"), ("2", "2")], data.Interactions.Select(i => (i.User, i.Item)));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(964982703), data.Interactions[0].At);
    }
}

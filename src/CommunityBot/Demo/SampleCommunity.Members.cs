namespace CommunityBot.Demo;

public sealed partial class SampleCommunity
{
    private static readonly (string Name, SampleRole Role)[] _cast =
    [
        ("Alice Chen", SampleRole.Expert), ("Bruno Silva", SampleRole.Expert), ("Chiara Rossi", SampleRole.Expert),
        ("Dmitri Volkov", SampleRole.Expert), ("Emeka Obi", SampleRole.Expert), ("Fatima Zahra", SampleRole.Expert),
        ("Gabriel Martin", SampleRole.Learner), ("Hana Sato", SampleRole.Learner), ("Ivan Petrov", SampleRole.Learner),
        ("Julia Novak", SampleRole.Learner), ("Kofi Mensah", SampleRole.Learner), ("Lena Fischer", SampleRole.Learner),
        ("Mateo García", SampleRole.Learner), ("Nora Lindqvist", SampleRole.Learner), ("Omar Haddad", SampleRole.Learner),
        ("Priya Nair", SampleRole.Learner), ("Quentin Dubois", SampleRole.Regular), ("Rosa Jiménez", SampleRole.Regular),
        ("Sam O'Connor", SampleRole.Regular), ("Tomás Kowalski", SampleRole.Regular), ("Uma Patel", SampleRole.Regular),
        ("Victor Andersen", SampleRole.Regular), ("Wen Li", SampleRole.Regular), ("Xavier Moreau", SampleRole.Regular),
        ("Yara Costa", SampleRole.Lurker), ("Zoe Müller", SampleRole.Lurker), ("Aarav Singh", SampleRole.Lurker),
        ("Bea Santos", SampleRole.Lurker), ("Carlos Mendes", SampleRole.Lurker), ("Dana Cohen", SampleRole.Lurker),
        ("Elif Yılmaz", SampleRole.Newcomer), ("Finn Murphy", SampleRole.Newcomer), ("Greta Berg", SampleRole.Newcomer),
        ("Hiro Tanaka", SampleRole.Newcomer), ("CheapCoursesNow", SampleRole.Spammer), ("CourseBot", SampleRole.Bot),
    ];

    private List<SampleMember> CreateMembers()
    {
        var members = new List<SampleMember>();
        for (var i = 0; i < _cast.Length; i++)
        {
            var (name, role) = _cast[i];
            var interests = Enumerable.Range(0, 3).Select(k => courses[(i * 3 + k * 5) % courses.Count]).Distinct().ToList();
            var joined = role switch
            {
                SampleRole.Newcomer => 3 + _random.Next(10),
                SampleRole.Spammer => 20,
                _ => Days - 1 - _random.Next(5),
            };
            members.Add(new SampleMember("u" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), name, role, interests, joined));
        }
        return members;
    }
}

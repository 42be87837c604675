namespace CommunityBot.Telegram.Tests.StandIn;

/// <summary>A method handler's way to answer with an error envelope.</summary>
public sealed class ApiFailureException(ApiFailure failure) : Exception(failure.Description)
{
    public ApiFailure Failure { get; } = failure;

    public static ApiFailureException BadRequest(string description) => new(new ApiFailure(400, "Bad Request: " + description));
}

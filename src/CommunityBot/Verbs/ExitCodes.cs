namespace CommunityBot.Verbs;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int CommandRefused = 1;
    public const int Usage = 2;
    public const int Storage = 3;
    public const int NotConfigured = 4;
    public const int Failed = 5;
}

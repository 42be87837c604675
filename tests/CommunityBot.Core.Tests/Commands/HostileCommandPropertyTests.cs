using CommunityBot.Core.Commands;
using CommunityBot.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityBot.Core.Tests.Commands;

/// <summary>Random and hostile command lines through the parser and the real dispatcher on a LiteDB file.</summary>
public sealed class HostileCommandPropertyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Pieces pranksters paste: mass mentions, markup, zero-width and bidi controls, a lone surrogate, odd numbers.</summary>
    private static readonly string[] _hostile =
    [
        "@everyone", "@here", "<@123>", "<@&456>", "<#789>", "**bold**", "`code`", "<b>x</b>", "&amp;", "\u200B", "\u202E", "\u2066",
        "\uD800", "\uDC00", "👨‍👩‍👧‍👦", "🏳️‍🌈", "ﷺ", "名字", "\"", "'", "=", "alpha=", "=1", "-1", "NaN", "1e309", "abc", "*", "?",
        "0 0 * * * ?", "* * * * * ?", "\n", "\t", "\0", "/", "@CommunityBot", "999999999999999999999", "",
    ];

    private readonly StoreFixture _store = new(_now);

    public async Task InitializeAsync() => await _store.StartAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static Gen<string> Word(IEnumerable<string> extra) =>
        Gen.Frequency((3, Gen.Elements(_hostile.Concat(extra).ToArray())), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    private static Gen<string> Line(IReadOnlyList<string> names, IEnumerable<string> words) =>
        Gen.Elements(names.ToArray()).SelectMany(_ => Gen.ListOf(Word(words)), (name, args) => "/" + name + " " + string.Join(' ', args));

    [Fact]
    public void Parse_AnyText_NeverThrows_NameIsOneLowercaseWord()
    {
        Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "").ToArbitrary(), text =>
        {
            var (name, args) = CommandLine.Parse(text);
            Assert.DoesNotContain(name, char.IsWhiteSpace);
            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.All(args, a => Assert.NotEqual("", a));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Parse_HostileWords_KeptIntactAsArguments()
    {
        Prop.ForAll(Gen.ListOf(Gen.Elements(_hostile.Where(h => h.Length > 0 && !h.Any(char.IsWhiteSpace) && !h.Contains('"') && !h.Contains('\'')).ToArray())).ToArbitrary(), words =>
        {
            var (_, args) = CommandLine.Parse("/x " + string.Join(' ', words));
            Assert.Equal(words.ToArray(), args);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void StaffCommands_ByAMember_WithAnyArguments_RefusedAndStoreNothing()
    {
        var dispatcher = _store.Get<CommandDispatcher>();
        var staff = dispatcher.Specs.Where(s => s.Role > MemberRole.Member).Select(s => s.Name).ToList();
        var words = dispatcher.Specs.SelectMany(s => s.Args.SelectMany(a => a.Choices));
        var before = _store.StateFingerprint();
        Prop.ForAll(Line(staff, words).ToArbitrary(), text =>
        {
            var reply = dispatcher.DispatchAsync(new CommandRequest("test", "c1", "general", "prankster", "Prankster", MemberRole.Member, text), CancellationToken.None).GetAwaiter().GetResult();
            Assert.True(reply.IsError, text);
            Assert.Contains("only. Nothing was changed.", reply.Text, StringComparison.Ordinal);
            Assert.Equal(before, _store.StateFingerprint());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Fact]
    public void AnyCommand_WithAnyArguments_AsAnyRole_AnsweredWithoutAFailure()
    {
        var dispatcher = _store.Get<CommandDispatcher>();
        var names = dispatcher.Specs.Select(s => s.Name).Concat(["nosuchcommand", "", "HELP"]).ToList();
        var words = dispatcher.Specs.SelectMany(s => s.Args.SelectMany(a => a.Choices));
        var calls = Line(names, words).SelectMany(_ => Gen.Elements(MemberRole.Member, MemberRole.Moderator, MemberRole.Admin), (text, role) => (text, role));
        Prop.ForAll(calls.ToArbitrary(), call =>
        {
            var reply = dispatcher.DispatchAsync(new CommandRequest("test", "c1", "general", "tester", "Tester", call.role, call.text), CancellationToken.None).GetAwaiter().GetResult();
            Assert.NotNull(reply);
            Assert.False(string.IsNullOrWhiteSpace(reply.PlainText), call.text);
            // "failed on our side" is the dispatcher's catch-all: hostile input must get a reason, never an internal failure
            Assert.False(reply.Text.Contains("failed on our side", StringComparison.Ordinal), $"{call.role}: {call.text}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}

using CommunityBot.Verbs;

return await CommunityBotCli.Create().Parse(args).InvokeAsync();

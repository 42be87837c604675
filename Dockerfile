# Build, test and publish the `communitybot` executable; run it as a non-root user with LiteDB on a volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore CommunityBot.sln

FROM build AS test
RUN apt-get update -qq && apt-get install -y -qq fonts-noto-core fonts-droid-fallback fonts-noto-color-emoji
RUN dotnet test CommunityBot.sln --no-restore

FROM build AS publish
RUN dotnet publish src/CommunityBot/CommunityBot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The rank cards' fonts (names in any script, emoji); without them replies are text only.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-noto-core fonts-droid-fallback fonts-noto-color-emoji \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=publish /app .
VOLUME /data
ENV COMMUNITYBOT__HTTP__URL=http://0.0.0.0:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "communitybot.dll", "--data", "/data"]
CMD ["run"]

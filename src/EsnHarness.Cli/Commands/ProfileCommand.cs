using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Internal;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn profile show [NAME]</c>: the resolved profile, secrets redacted; a profile with problems is shown as written, then its problems.</summary>
internal static class ProfileCommand
{
    public static Command Create(CliConsole console)
    {
        var show = new Command("show", "Print a profile as it resolves from esn.json, the environment and the command line; secrets are never printed.");
        var name = new Argument<string?>("NAME") { Description = "Profile name (default: ESN_PROFILE or esn.json's defaultProfile).", Arity = ArgumentArity.ZeroOrOne };
        var config = CommonOptions.Config();
        var endpoint = CommonOptions.Endpoint();
        var check = new Option<bool>("--check") { Description = "Also check that every external endpoint accepts a connection." };
        show.Arguments.Add(name);
        show.Options.Add(config);
        show.Options.Add(endpoint);
        show.Options.Add(check);
        show.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(name) is { } given && given.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{given}' for 'esn profile show'");
            }

            var settings = HarnessContext.LoadSettings(console, parse.GetValue(config));
            var overrides = new ProfileOverrides(parse.GetValue(name), CommonOptions.ParseEndpoints(parse.GetValue(endpoint) ?? []));
            ResolvedProfile profile;
            try
            {
                profile = ProfileResolver.Resolve(settings, console.Environment, overrides);
            }
            catch (ProfileException error) when (ProfileAsWritten.Describe(settings, console.Environment, overrides) is { } written)
            {
                // The profile first, then what is wrong with it (on standard error, exit 2 as for esn run).
                await console.Output.WriteAsync(written);
                await console.Output.FlushAsync(cancellationToken);
                throw new UsageException([$"{Plural.Of(error.Problems.Count, "problem")} with this profile:", .. error.Problems]);
            }

            await console.Output.WriteAsync(ProfileDescription.Describe(profile));
            if (!parse.GetValue(check))
            {
                return ExitCodes.Passed;
            }

            var unreachable = await ReachabilityCheck.FindUnreachableAsync(profile, TimeSpan.FromSeconds(5), cancellationToken);
            return unreachable.Count == 0 ? ExitCodes.Passed : throw new UsageException(unreachable);
        });

        var profileCommand = new Command("profile", "Inspect target profiles.");
        profileCommand.Subcommands.Add(show);
        return profileCommand;
    }
}

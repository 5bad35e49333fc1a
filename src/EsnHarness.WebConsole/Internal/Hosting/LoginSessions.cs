using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace EsnHarness.WebConsole.Internal.Hosting;

/// <summary>Who is logged in to this console: a random session token in an HttpOnly, SameSite=Strict cookie, kept in memory
/// for the life of the host.</summary>
internal sealed class LoginSessions(ConsoleLogin login)
{
    public const string CookieName = "esn-console-session";

    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);

    public bool Matches(string? user, string? password) =>
        user is not null && password is not null && Same(user, login.User) & Same(password, login.Password);

    public void Start(HttpContext context)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = 0;
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    public bool IsLoggedIn(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var token) && token is not null && _tokens.ContainsKey(token);

    public void End(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var token) && token is not null)
        {
            _tokens.TryRemove(token, out _);
        }

        context.Response.Cookies.Delete(CookieName);
    }

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

package cn.wuhu.sti.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's sign-in up to the code, as a browser would walk it with cookies: the gateway sends an unsigned-in
 * visitor to the issuer with PKCE, the issuer to its login page, and after the right password back with a code. The
 * rest (the code exchanged, the page drawn, its calls relayed) needs the issuer reachable at its public address: the
 * launcher's browser test covers it.
 */
class DashboardSignInTest extends GatewayTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final String CALLBACK = ISSUER + "/login/oauth2/code/dashboard";

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aVisitorIsSentToSignInWithAProofKeyAndTheRightPasswordBringsACodeBack() {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page))
                .isEqualTo(gateway("/oauth2/authorization/dashboard").toString());

        String authorize = location(get("/oauth2/authorization/dashboard"));
        assertThat(authorize)
                .startsWith(ISSUER + "/oauth2/authorize?")
                .contains("client_id=dashboard")
                .contains("scope=openid%20reports:read")
                .contains("code_challenge_method=S256")
                .containsPattern("code_challenge=[A-Za-z0-9_-]{43}&");

        // The issuer is this gateway: the same request, here, goes to its login page first. (Its callback names this
        // test's random port, where the issuer registered the public address: the one the test swaps.)
        String here = authorize.replace(ISSUER, "").replaceFirst("redirect_uri=[^&]+", "redirect_uri=" + CALLBACK);
        HttpResponse<String> toLogin = get(here);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/login");

        assertThat(location(signIn("leader", "wrong-secret"))).endsWith("/login?error");
        HttpResponse<String> signedIn = signIn("leader", "leader-secret");
        assertThat(location(signedIn)).contains("/oauth2/authorize?").contains("code_challenge=");

        HttpResponse<String> code = get(location(signedIn).replaceFirst("^https?://[^/]+", ""));
        assertThat(location(code)).startsWith(CALLBACK + "?code=");
    }

    @Test
    void theIssuerRefusesTheDashboardACodeWithoutAProofKey() {
        HttpResponse<String> refused = get("/oauth2/authorize?response_type=code&client_id=dashboard&scope=openid"
                + "&state=s1&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused))
                .startsWith(CALLBACK + "?error=invalid_request")
                .contains("code_challenge");
    }

    @Test
    void theDashboardsCallsWithoutASessionAreRefusedEvenWithAValidBearerToken() {
        String token = json(send(HttpRequest.newBuilder(gateway("/oauth2/token"))
                        .header("Authorization", basic("bureau-admin", "bureau-admin-secret"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))))
                .get("access_token")
                .asString();
        HttpResponse<String> call =
                send(HttpRequest.newBuilder(gateway("/dashboard/api/reports/indicators/dashboard.probe?year=2023"))
                        .header("Authorization", "Bearer " + token));
        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(call.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(SERVICE.received("/api/reports/indicators/dashboard.probe")).isEmpty();
    }

    private HttpResponse<String> signIn(String user, String password) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + user + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return call(HttpRequest.newBuilder(gateway("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return call(HttpRequest.newBuilder(gateway(pathAndQuery)).header("Accept", "text/html"));
    }

    private HttpResponse<String> call(HttpRequest.Builder request) {
        return send(browser, request);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(
                        () -> new AssertionError("no Location in " + response.statusCode() + " " + response.body()));
    }

    private static String basic(String user, String secret) {
        return "Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}

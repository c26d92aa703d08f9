package cn.wuhu.sti.gateway.dashboard;

import java.security.Principal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and the token the page's sign-out form must carry (the session's CSRF token, not a bearer). */
@RestController
class DashboardSessionController {

    @GetMapping("/dashboard/session")
    Session session(Principal user, CsrfToken csrf) {
        return new Session(user.getName(), new Csrf(csrf.getParameterName(), csrf.getToken()));
    }

    record Session(String user, Csrf csrf) {}

    record Csrf(String parameterName, String token) {}
}

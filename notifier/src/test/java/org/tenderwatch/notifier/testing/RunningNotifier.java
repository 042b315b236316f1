package org.tenderwatch.notifier.testing;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.tree.JsonNode;
import org.tenderwatch.testing.Answer;
import org.tenderwatch.testing.RunningService;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A whole notifier started from properties only, as the end-to-end tests start it, and the calls its tests make. */
public final class RunningNotifier extends RunningService {

    /** The hidden fields of a form, as a browser sends them back. */
    private static final Pattern HIDDEN_FIELD = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    public RunningNotifier(Map<String, Object> properties) {
        super(properties);
    }

    /** A call to /admin/** with the admin token; {@code json} may be null. */
    public Answer admin(String method, String path, String json) {
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(method), path).bearerAuth(NotifierProperties.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        return exchange(json == null ? request : request.body(json));
    }

    public Answer post(String pathAndQuery, String contentType, String body) {
        return exchange(HttpRequest.POST(pathAndQuery, body).contentType(contentType));
    }

    /**
     * Posts the subscribe form as a browser would after opening it: with the form's cookie and hidden token.
     * {@code page} is the form's address ("/" or "/?resubscribe=…").
     */
    public Answer submitForm(String page, String formBody) {
        Answer form = get(page);
        String cookie = form.headers().getAll("Set-Cookie").stream().filter(c -> c.startsWith("tw_form="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        StringBuilder hidden = new StringBuilder();
        Matcher field = HIDDEN_FIELD.matcher(form.body());
        while (field.find()) {
            hidden.append(field.group(1)).append('=').append(field.group(2)).append('&');
        }
        return exchange(HttpRequest.POST("/subscribe", hidden + formBody).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cookie", cookie));
    }

    /** Creates a subscription through the admin API and answers its id. */
    public long subscribe(String json) {
        Answer response = admin("POST", "/admin/subscriptions", json);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not subscribe: " + response.statusCode() + " " + response.body());
        }
        return read(response, JsonNode.class).get("id").getLongValue();
    }

    /** Turns a link the notifier made (on its public URL) into one on this running server. */
    public String local(String publicLink) {
        return publicLink.replace("http://notifier.test", "");
    }
}

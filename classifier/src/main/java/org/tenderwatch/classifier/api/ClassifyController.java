package org.tenderwatch.classifier.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.RawRelease;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.ReleasePage;
import org.tenderwatch.ocds.Sources;

import java.util.ArrayList;
import java.util.List;

/** Classifies the OCDS release (or release package) in the body and answers with categories and reasons. */
@Controller
class ClassifyController {

    private final Classifier classifier;
    private final ReleaseNormaliser normaliser = new ReleaseNormaliser();

    ClassifyController(Classifier classifier) {
        this.classifier = classifier;
    }

    @Post(uri = "/classify", processes = MediaType.APPLICATION_JSON)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> classify(@Body String body) {
        try {
            ReleasePage page = ReleasePage.parse(body);
            if (page.releases().isEmpty()) {
                return badRequest("the package holds no releases" + (page.rejected().isEmpty() ? "" : ": " + page.rejected()));
            }
            List<NoticeClassified> results = new ArrayList<>();
            for (RawRelease release : page.releases()) {
                results.add(classifier.classify(normaliser.normalise(Sources.fromOcid(release.ocid()), release).notice()));
            }
            return HttpResponse.ok(new ClassifyResponse(classifier.rulesVersion(), results, page.rejected()));
        } catch (InvalidOcdsException e) {
            return badRequest("not a usable OCDS release or release package: " + e.getMessage());
        }
    }

    private static HttpResponse<JsonError> badRequest(String message) {
        return HttpResponse.badRequest(new JsonError(message));
    }
}

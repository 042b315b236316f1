package org.tenderwatch.notifier.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tenderwatch.events.Category;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.web.Pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages behind an alert's "not relevant" and "wrong category" links. As with confirming, the answer is given by
 * the page's button (a POST): mail scanners open every link in a mail, and must not answer for the subscriber.
 */
@Controller("/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "public")
class FeedbackPages {

    private static final String HINT = "Feedback links work for 90 days after the alert.";

    private final Pages pages;
    private final SignedLinks links;
    private final FeedbackService feedback;

    FeedbackPages(Pages pages, SignedLinks links, FeedbackService feedback) {
        this.pages = pages;
        this.links = links;
        this.feedback = feedback;
    }

    @Operation(summary = "Landing page of an alert's 'not relevant' link, with a button that says so")
    @Get(value = "/not-relevant", produces = MediaType.TEXT_HTML)
    HttpResponse<String> notRelevantPage(@QueryValue @Nullable String token) {
        if (links.verify(LinkPurpose.FEEDBACK_NOT_RELEVANT, token).isEmpty()) {
            return pages.invalidLink(HINT);
        }
        return pages.message(HttpStatus.OK, "Not relevant to you?",
                List.of("Tell us this notice should not have been an alert. A person reviews what subscribers tell us to improve the classification."),
                Map.of("form", Map.of("action", "not-relevant?token=" + token, "button", "It is not relevant")));
    }

    @Operation(summary = "Record that an alert was not relevant (the button on its page)")
    @Post(value = "/not-relevant", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL}, produces = MediaType.TEXT_HTML)
    HttpResponse<String> notRelevant(@QueryValue @Nullable String token) {
        Optional<Long> alert = links.verify(LinkPurpose.FEEDBACK_NOT_RELEVANT, token);
        if (alert.isEmpty() || !feedback.notRelevant(alert.get())) {
            return pages.invalidLink(HINT);
        }
        return thanks();
    }

    @Operation(summary = "Landing page of an alert's 'wrong category' link: the categories to choose from")
    @Get(value = "/category", produces = MediaType.TEXT_HTML)
    HttpResponse<String> categoryPage(@QueryValue @Nullable String token) {
        Optional<Long> alert = links.verify(LinkPurpose.FEEDBACK_WRONG_CATEGORY, token);
        Optional<Category> given = alert.flatMap(feedback::givenCategory);
        if (given.isEmpty()) {
            return pages.invalidLink(HINT);
        }
        List<Map<String, String>> options = Arrays.stream(Category.values()).filter(c -> c != given.get())
                .map(c -> Map.of("value", c.label(), "label", NoticeSummary.categoryName(c))).toList();
        return pages.choose("What is it really?",
                List.of("We said: " + NoticeSummary.categoryName(given.get()) + ". Which category is right?"),
                "category?token=" + token, "category", options, "Send");
    }

    @Operation(summary = "Record the category an alert should have had (the form on its page)")
    @Post(value = "/category", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> category(@QueryValue @Nullable String token, @Body Map<String, String> form) {
        Optional<Long> alert = links.verify(LinkPurpose.FEEDBACK_WRONG_CATEGORY, token);
        if (alert.isEmpty()) {
            return pages.invalidLink(HINT);
        }
        Category chosen;
        try {
            chosen = Category.fromLabel(form.getOrDefault("category", ""));
        } catch (IllegalArgumentException e) {
            return pages.message(HttpStatus.BAD_REQUEST, "Choose a category",
                    List.of("Choose one of: " + Arrays.stream(Category.values()).map(NoticeSummary::categoryName).toList()
                            + ". Go back and pick one."), Map.of());
        }
        if (!feedback.wrongCategory(alert.get(), chosen)) {
            return pages.invalidLink(HINT);
        }
        return thanks();
    }

    private HttpResponse<String> thanks() {
        return pages.message(HttpStatus.OK, "Thank you",
                List.of("Your answer is recorded. A person reviews these to improve which notices become alerts."), Map.of());
    }
}

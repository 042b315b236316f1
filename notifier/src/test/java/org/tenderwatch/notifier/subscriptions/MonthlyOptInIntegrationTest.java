package org.tenderwatch.notifier.subscriptions;

import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.deliver.Links;
import org.tenderwatch.notifier.testing.NotifierTest;
import org.tenderwatch.notifier.testing.RunningNotifier;
import org.tenderwatch.testing.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly message is off unless asked for: on the subscribe form, in the API, and on the manage page. */
@NotifierTest
class MonthlyOptInIntegrationTest {

    private final RunningNotifier notifier;

    MonthlyOptInIntegrationTest(RunningNotifier notifier) {
        this.notifier = notifier;
    }

    @Test
    void isOffUnlessAskedForInTheApiOrOnTheForm() {
        notifier.subscribe("""
                {"channel":"email","address":"plain@example.org","confirmed":true,"filter":{}}""");
        notifier.subscribe("""
                {"channel":"email","address":"asked@example.org","confirmed":true,"monthlySummary":true,"filter":{}}""");
        assertThat(notifier.post("/api/subscriptions", "application/json",
                "{\"email\":\"new@example.org\",\"monthlySummary\":true}").statusCode()).isEqualTo(202);
        assertThat(notifier.submitForm("/", "email=form%40example.org&cadence=instant&monthly=on&action=subscribe").statusCode())
                .isEqualTo(200);
        assertThat(notifier.submitForm("/", "email=unticked%40example.org&cadence=instant&action=subscribe").statusCode())
                .isEqualTo(200);

        assertThat(wantsMonthly("plain@example.org")).isFalse();
        assertThat(wantsMonthly("asked@example.org")).isTrue();
        assertThat(wantsMonthly("new@example.org")).isTrue();
        assertThat(wantsMonthly("form@example.org")).isTrue();
        assertThat(wantsMonthly("unticked@example.org")).isFalse();
    }

    @Test
    void aStrangerCannotTurnItOnForAnAddressThatAlreadyConfirmed() {
        notifier.subscribe("""
                {"channel":"email","address":"owner@example.org","confirmed":true,"filter":{}}""");
        assertThat(notifier.post("/api/subscriptions", "application/json",
                "{\"email\":\"owner@example.org\",\"monthlySummary\":true,\"filter\":{\"keywords\":[\"x\"]}}").statusCode()).isEqualTo(202);
        assertThat(wantsMonthly("owner@example.org")).isFalse();
    }

    @Test
    void theManagePageTurnsItOnAndOffAndUnsubscribingTurnsItOff() {
        notifier.subscribe("""
                {"channel":"email","address":"manager@example.org","confirmed":true,"filter":{}}""");
        long subscriber = Long.parseLong(notifier.db().strings("select id from subscriber where recipient_key = ?",
                "manager@example.org").get(0));
        String manage = notifier.local(notifier.context().getBean(Links.class).manage(subscriber));
        String token = manage.substring(manage.indexOf("token=") + "token=".length());
        assertThat(notifier.get(manage).body()).contains("Turn the monthly message on");

        Answer on = notifier.post("/manage/monthly?token=" + token + "&on=true", "application/x-www-form-urlencoded", "");
        assertThat(on.statusCode()).isEqualTo(303);
        assertThat(wantsMonthly("manager@example.org")).isTrue();
        assertThat(notifier.get(manage).body()).contains("Turn the monthly message off");

        assertThat(notifier.post("/manage/monthly?token=" + token + "&on=false", "application/x-www-form-urlencoded", "").statusCode())
                .isEqualTo(303);
        assertThat(wantsMonthly("manager@example.org")).isFalse();
        assertThat(notifier.post("/manage/monthly?token=forged&on=true", "application/x-www-form-urlencoded", "").statusCode())
                .isEqualTo(400);
        assertThat(wantsMonthly("manager@example.org")).isFalse();

        // Stopping all alerts stops it too: subscribing again starts with it off.
        notifier.post("/manage/monthly?token=" + token + "&on=true", "application/x-www-form-urlencoded", "");
        assertThat(wantsMonthly("manager@example.org")).isTrue();
        String unsubscribe = notifier.local(notifier.context().getBean(Links.class).unsubscribe(subscriber));
        assertThat(notifier.post(unsubscribe, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").statusCode())
                .isEqualTo(200);
        assertThat(wantsMonthly("manager@example.org")).isFalse();
    }

    private boolean wantsMonthly(String address) {
        return notifier.db().count("select count(*) from subscriber where recipient_key = ? and monthly_summary", address) == 1;
    }
}

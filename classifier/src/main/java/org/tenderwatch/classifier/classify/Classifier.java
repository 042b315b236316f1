package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.classifier.classify.rules.Rules;
import org.tenderwatch.classifier.classify.rules.Specialty;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.Signal;
import org.tenderwatch.events.Stage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The classification engine: plain Java, built once from the rules and safe to share between threads.
 * Unconditional rules fire first and raise signals; conditional rules then fire in file order when their
 * conditions hold; each fired rule adds its weights; the highest score wins, {@code not_relevant} starting at
 * the threshold.
 */
public final class Classifier {

    static final String OTHER = "other";
    /** The derived signal that stands for any health context: only such a notice can be possibly relevant. */
    static final String HEALTH = "health";

    private final Rules rules;
    private final TextNormaliser normaliser;
    private final PhraseIndex index;
    private final Clock clock;

    public Classifier(Rules rules, Clock clock) {
        this.rules = rules;
        this.normaliser = new TextNormaliser(rules.joinPrefixes());
        this.index = new PhraseIndex(rules.rules(), rules.specialties(), normaliser, rules.joinPrefixes());
        this.clock = clock;
    }

    public String rulesVersion() {
        return rules.version();
    }

    public NoticeClassified classify(NoticeFetched notice) {
        Evidence evidence = Evidence.gather(notice, rules, index, normaliser);
        List<Rule> ruleList = rules.rules();
        Signals signals = new Signals(rules.derived());
        RuleMatch[] fired = new RuleMatch[ruleList.size()];
        for (int i = 0; i < ruleList.size(); i++) {
            if (!ruleList.get(i).conditional() && evidence.matches[i] != null) {
                fire(ruleList.get(i), evidence.matches[i], i, fired, signals);
            }
        }
        // A conditional rule may raise a signal another one needs: go round until a round fires nothing.
        boolean firedAny;
        do {
            firedAny = fireConditionalRules(ruleList, evidence, fired, signals);
        } while (firedAny);
        if (notice.framework() && !signals.has(Signal.CALL_OFF)) {
            signals.raise(Signal.FRAMEWORK_ESTABLISHMENT);
        }
        if (notice.testNotice()) {
            return testNotice(notice, signals);
        }
        Decision decision = Decision.decide(ruleList, fired, rules.scoring(), signals.has(HEALTH));
        return new NoticeClassified(notice, decision.category(), specialties(decision.category(), evidence),
                signals.raised(), Stage.fromTags(notice.tags()), decision.confidence(),
                Reasons.of(ruleList, fired, decision.category()), rules.version(), clock.instant(),
                decision.possiblyRelevant(), null, List.of());
    }

    /** A test notice published to live data by mistake says nothing about a real contract, whatever its words. */
    private NoticeClassified testNotice(NoticeFetched notice, Signals signals) {
        Reason reason = new Reason("test-notice", "notice", null, 0,
                "the publisher marked this a test notice, not a real contract");
        return new NoticeClassified(notice, Category.NOT_RELEVANT, List.of(), signals.raised(),
                Stage.fromTags(notice.tags()), 1.0, List.of(reason), rules.version(), clock.instant(),
                false, null, List.of());
    }

    /** One pass over the conditional rules that have not fired yet, in file order; true when any fired. */
    private static boolean fireConditionalRules(List<Rule> ruleList, Evidence evidence, RuleMatch[] fired, Signals signals) {
        boolean firedAny = false;
        for (int i = 0; i < ruleList.size(); i++) {
            Rule rule = ruleList.get(i);
            RuleMatch match = rule.structural() ? RuleMatch.CONDITIONS : evidence.matches[i];
            if (fired[i] == null && match != null && rule.conditional() && signals.allows(rule)) {
                fire(rule, match, i, fired, signals);
                firedAny = true;
            }
        }
        return firedAny;
    }

    private static void fire(Rule rule, RuleMatch match, int i, RuleMatch[] fired, Signals signals) {
        fired[i] = match;
        signals.raise(rule.signal());
    }

    private List<String> specialties(Category category, Evidence evidence) {
        List<String> found = new ArrayList<>();
        if (!category.relevant()) {
            return found;
        }
        for (int i = 0; i < evidence.specialties.length; i++) {
            Specialty specialty = rules.specialties().get(i);
            if (evidence.specialties[i] && specialty.categories().contains(category)) {
                found.add(specialty.name());
            }
        }
        // The labels' vocabulary tags a relevant notice whose service has no tag of its own as "other".
        if (found.isEmpty()) {
            found.add(OTHER);
        }
        return found;
    }
}

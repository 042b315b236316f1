package org.tenderwatch.notifier.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shape the notifier keeps: features (packages, sub-packages included) that depend on each other in one
 * direction only, and one owner of the outbox. Each rule is also run on a deliberately bad fixture in the test
 * tree, so that a rule that could no longer fail would be seen.
 */
class NotifierArchitectureTest {

    private static final String ROOT = "org.tenderwatch.notifier";
    private static final String BAD_FIXTURE = ROOT + ".architecture.badfixture";
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path OUTBOX = Path.of("org/tenderwatch/notifier/outbox");
    private static final SqlNamingTable DELIVERY_TABLE = new SqlNamingTable("delivery");

    @Test
    void featurePackagesHaveNoCycles() {
        JavaClasses notifier = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertThat(notifier).as("the notifier's classes were found").hasSizeGreaterThan(50);
        noCyclesBelow(ROOT).check(notifier);
    }

    @Test
    void aCycleBetweenTwoPackagesFailsTheRule() {
        JavaClasses fixture = new ClassFileImporter().importPackages(BAD_FIXTURE);
        assertThatThrownBy(() -> noCyclesBelow(BAD_FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected").hasMessageContaining("left").hasMessageContaining("right");
    }

    @Test
    void onlyTheOutboxNamesTheDeliveryTable() {
        assertThat(DELIVERY_TABLE.namesTable(MAIN_SOURCES.resolve(OUTBOX).resolve("Outbox.java")))
                .as("the outbox is found naming the table").isTrue();
        assertThat(DELIVERY_TABLE.filesOutside(MAIN_SOURCES, OUTBOX)).as("classes outside the outbox with SQL on delivery").isEmpty();
    }

    @Test
    void aSecondWriterOfTheDeliveryTableIsFound() {
        Path testSources = Path.of("src/test/java");
        assertThat(DELIVERY_TABLE.filesOutside(testSources, OUTBOX))
                .contains("org/tenderwatch/notifier/architecture/badfixture/SecondDeliveryWriter.java")
                .doesNotContain("org/tenderwatch/notifier/architecture/badfixture/left/Left.java");
    }

    private static SliceRule noCyclesBelow(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }
}

package dev.paperboy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.paperboy.channel.PapersCommand;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import boundaries of DESIGN.md: each library stays in its package, the core stays free of adapters. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.paperboy");
    }

    @Test
    void onlyTheSlackAdapterImportsSlack() {
        noClasses().that().resideOutsideOfPackage("dev.paperboy.chat.slack..").and().resideOutsideOfPackage("dev.paperboy.app..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..").check(classes);
    }

    @Test
    void onlyTheDiscordAdapterImportsJda() {
        noClasses().that().resideOutsideOfPackage("dev.paperboy.chat.discord..").and().resideOutsideOfPackage("dev.paperboy.app..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..").check(classes);
    }

    @Test
    void onlyScheduleImportsQuartz() {
        noClasses().that().resideOutsideOfPackage("dev.paperboy.schedule..").and().resideOutsideOfPackage("dev.paperboy.app..")
                .should().dependOnClassesThat().resideInAPackage("org.quartz..").check(classes);
    }

    @Test
    void onlyStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("dev.paperboy.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..").check(classes);
    }

    @Test
    void onlySearchImportsLucene() {
        noClasses().that().resideOutsideOfPackage("dev.paperboy.search..").and().resideOutsideOfPackage("dev.paperboy.app..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(classes);
    }

    @Test
    void papersKnowOnlyThemselves() {
        noClasses().that().resideInAPackage("dev.paperboy.paper..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.tag..", "dev.paperboy.embed..",
                        "dev.paperboy.recommend..", "dev.paperboy.feedback..", "dev.paperboy.summary..", "dev.paperboy.search..",
                        "dev.paperboy.channel..", "dev.paperboy.store..", "dev.paperboy.schedule..", "dev.paperboy.chat..",
                        "dev.paperboy.app..").check(classes);
    }

    @Test
    void theCoreNeverSeesAdaptersStoreOrApp() {
        noClasses().that().resideInAnyPackage("dev.paperboy.paper..", "dev.paperboy.tag..", "dev.paperboy.embed..",
                        "dev.paperboy.recommend..", "dev.paperboy.feedback..", "dev.paperboy.summary..", "dev.paperboy.search..",
                        "dev.paperboy.channel..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.chat..", "dev.paperboy.store..",
                        "dev.paperboy.schedule..", "dev.paperboy.app..").check(classes);
    }

    @Test
    void feedbackKnowsOnlyPapers() {
        noClasses().that().resideInAPackage("dev.paperboy.feedback..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.tag..", "dev.paperboy.recommend..",
                        "dev.paperboy.channel..", "dev.paperboy.summary..", "dev.paperboy.search..").check(classes);
    }

    @Test
    void adaptersDoNotImportEachOther() {
        noClasses().that().resideInAPackage("dev.paperboy.chat.console..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.chat.slack..", "dev.paperboy.chat.discord..").check(classes);
    }

    @Test
    void evaluationHarnessesUseOnlyTheCore() {
        noClasses().that().resideInAPackage("dev.paperboy.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.chat..", "dev.paperboy.store..",
                        "dev.paperboy.schedule..", "dev.paperboy.app..").check(classes);
    }

    @Test
    void benchmarkHarnessesUseOnlyTheCore() {
        noClasses().that().resideInAPackage("dev.paperboy.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.chat..", "dev.paperboy.store..",
                        "dev.paperboy.schedule..", "dev.paperboy.app..").check(classes);
    }

    @Test
    void appWiresButSpeaksNeitherSqlNorLucene() {
        noClasses().that().resideInAPackage("dev.paperboy.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.lucene..").check(classes);
    }

    @Test
    void harnessesAreUsedByNothingButTheCommands() {
        // eval may reuse bench's corpora (the search corpus); nothing the bot runs may reach either.
        noClasses().that().resideOutsideOfPackages("dev.paperboy.app..", "dev.paperboy.bench..", "dev.paperboy.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.bench..", "dev.paperboy.eval..").check(classes);
        noClasses().that().resideInAPackage("dev.paperboy.bench..")
                .should().dependOnClassesThat().resideInAPackage("dev.paperboy.eval..").check(classes);
    }

    @Test
    void operationsAreReachedOnlyByTheApp() {
        // Stopping, the management port and the meters serve the running bot; app hands them the bot (ops.RunningBot).
        noClasses().that().resideOutsideOfPackages("dev.paperboy.app..", "dev.paperboy.ops..")
                .should().dependOnClassesThat().resideInAPackage("dev.paperboy.ops..").check(classes);
        noClasses().that().resideInAPackage("dev.paperboy.ops..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paperboy.app..", "dev.paperboy.chat..", "dev.paperboy.store..",
                        "dev.paperboy.schedule..", "dev.paperboy.bench..", "dev.paperboy.eval..", "java.sql..", "org.quartz..",
                        "org.apache.lucene..").check(classes);
    }

    @Test
    void noAdapterDecidesPermissionsOrVisibilityByVerb() {
        // Who may run a verb and who hears its answer are the verb's rules (PapersCommand#who, #audience): an adapter
        // that names a particular verb would be deciding them on its own.
        DescribedPredicate<JavaClass> aParticularVerb = new DescribedPredicate<>("a particular /papers verb") {
            @Override
            public boolean test(JavaClass c) {
                return c.isAssignableTo(PapersCommand.class) && !c.isEquivalentTo(PapersCommand.class)
                        && !c.getName().startsWith(PapersCommand.class.getName() + "$Who")
                        && !c.getName().startsWith(PapersCommand.class.getName() + "$Audience");
            }
        };
        noClasses().that().resideInAnyPackage("dev.paperboy.chat.slack..", "dev.paperboy.chat.discord..")
                .should().dependOnClassesThat(aParticularVerb).check(classes);
    }

    @Test
    void theWiringHasNoPublicFields() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("dev.paperboy.app..")
                .should().haveModifier(JavaModifier.PUBLIC).check(classes);
    }
}

package vn.hocvuso;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout of the packages (docs/architecture.md, "Code rules"), checked on the compiled main classes:
 * a feature may use another, never in a circle, so that each one can be read, tested and changed from
 * its own folder; {@code common} and {@code security} are what the features stand on, so they use none.
 * And no main source file over 400 lines, read from the source tree.
 * Plain JUnit tests (not {@code @ArchTest} fields), so that Surefire runs them like every other test.
 */
class PackageRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hocvuso");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.hocvuso.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("vn.hocvuso.common..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("vn.hocvuso..").and(resideOutsideOfPackage("vn.hocvuso.common..")))
                .check(MAIN);
    }

    @Test
    void securityDependsOnlyOnCommon() {
        noClasses()
                .that()
                .resideInAPackage("vn.hocvuso.security..")
                .should()
                .dependOnClassesThat(resideInAPackage("vn.hocvuso..")
                        .and(resideOutsideOfPackage("vn.hocvuso.security.."))
                        .and(resideOutsideOfPackage("vn.hocvuso.common..")))
                .check(MAIN);
    }

    /** Long files hide more than one job; split by what the parts manage (docs/architecture.md, "Code rules"). */
    @Test
    void noMainFileOverFourHundredLines() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lineCount(file) > 400)
                    .map(file -> sources.relativize(file) + " (" + lineCount(file) + " lines)")
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), tooLong, "main Java files over 400 lines");
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

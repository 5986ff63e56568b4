package vn.hocvuso;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout of the packages (docs/architecture.md, "Code rules"), checked on the compiled main classes:
 * a feature may use another, never in a circle, so that each one can be read, tested and changed from
 * its own folder; {@code common} and {@code security} are what the features stand on, so they use none.
 */
@AnalyzeClasses(packages = "vn.hocvuso", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("vn.hocvuso.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses().that().resideInAPackage("vn.hocvuso.common..")
            .should().dependOnClassesThat(resideInAPackage("vn.hocvuso..")
                    .and(resideOutsideOfPackage("vn.hocvuso.common..")));

    @ArchTest
    static final ArchRule securityDependsOnlyOnCommon = noClasses().that().resideInAPackage("vn.hocvuso.security..")
            .should().dependOnClassesThat(resideInAPackage("vn.hocvuso..")
                    .and(resideOutsideOfPackage("vn.hocvuso.security.."))
                    .and(resideOutsideOfPackage("vn.hocvuso.common..")));
}

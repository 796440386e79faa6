package org.goldseam.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The About dialog's list of shipped libraries, as the build generates it from the dependency list. */
class ThirdPartyNoticesTest {
    @Test
    void theBuildListsEveryShippedLibraryWithItsLicenceAndNoTestLibrary() {
        List<ThirdPartyLibrary> shipped = ThirdPartyNotices.shipped();
        assertThat(shipped).as("THIRD-PARTY.txt is made at generate-resources").isNotEmpty();
        assertThat(shipped).allSatisfy(library -> assertThat(library.licences()).isNotEmpty());
        assertThat(shipped).extracting(ThirdPartyLibrary::coordinates)
                .contains("com.formdev:flatlaf", "com.h2database:h2", "org.jooq:jooq", "info.picocli:picocli",
                        "io.github.openhtmltopdf:openhtmltopdf-core")
                .doesNotContain("org.junit.jupiter:junit-jupiter", "org.assertj:assertj-core", "org.verapdf:validation-model",
                        "jakarta.xml.bind:jakarta.xml.bind-api");
        ThirdPartyLibrary openhtmltopdf = shipped.stream().filter(l -> l.coordinates().equals("io.github.openhtmltopdf:openhtmltopdf-core"))
                .findFirst().orElseThrow();
        assertThat(openhtmltopdf.licences()).containsExactly("GNU Lesser General Public License (LGPL), version 2.1 or later");
        ThirdPartyLibrary h2 = shipped.stream().filter(l -> l.coordinates().equals("com.h2database:h2")).findFirst().orElseThrow();
        assertThat(h2.licences()).containsExactly("EPL 1.0", "MPL 2.0");
    }

    @Test
    void readsNamesWithBracketsAndSeveralLicences() {
        List<ThirdPartyLibrary> parsed = ThirdPartyNotices.parse(
                "",
                "Lists of 2 third-party dependencies.",
                "     (Apache 2) Apache Lucene (module: core) (org.apache.lucene:lucene-core:9.12.3 - https://lucene.apache.org/)",
                "     (EPL 1.0) (MPL 2.0) H2 Database Engine (com.h2database:h2:2.5.252 - https://h2database.com)",
                "     (GNU Lesser General Public License (LGPL), version 2.1 or later) Openhtmltopdf PDF Rendering (Apache PDF-BOX 3) "
                        + "(io.github.openhtmltopdf:openhtmltopdf-pdfbox:1.1.65 - https://github.com/openhtmltopdf/openhtmltopdf)");
        assertThat(parsed).containsExactly(
                new ThirdPartyLibrary("Apache Lucene (module: core)", "org.apache.lucene:lucene-core", "9.12.3", List.of("Apache 2"),
                        "https://lucene.apache.org/"),
                new ThirdPartyLibrary("H2 Database Engine", "com.h2database:h2", "2.5.252", List.of("EPL 1.0", "MPL 2.0"),
                        "https://h2database.com"),
                new ThirdPartyLibrary("Openhtmltopdf PDF Rendering (Apache PDF-BOX 3)", "io.github.openhtmltopdf:openhtmltopdf-pdfbox",
                        "1.1.65", List.of("GNU Lesser General Public License (LGPL), version 2.1 or later"),
                        "https://github.com/openhtmltopdf/openhtmltopdf"));
    }
}

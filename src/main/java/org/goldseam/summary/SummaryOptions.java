package org.goldseam.summary;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a summary is made.
 *
 * @param initialsOnly the client appears by initials only, on the page and in the file's metadata
 * @param includeDateOfBirth show the client's date of birth in the header
 * @param sections the optional sections to include
 * @param clinicianName shown in the header and signature block; null leaves a line to write on
 * @param clinicianCredentials e.g. "LCSW"; null for none
 * @param paper page size
 * @param replaceExisting overwrite an existing file instead of refusing
 */
public record SummaryOptions(boolean initialsOnly, boolean includeDateOfBirth, Set<SummarySection> sections,
                             @Nullable String clinicianName, @Nullable String clinicianCredentials, PaperSize paper,
                             boolean replaceExisting) {
    public SummaryOptions {
        sections = Collections.unmodifiableSet(
                sections.isEmpty() ? EnumSet.noneOf(SummarySection.class) : EnumSet.copyOf(sections));
        clinicianName = blankToNull(clinicianName);
        clinicianCredentials = blankToNull(clinicianCredentials);
        Objects.requireNonNull(paper, "paper");
    }

    /** Full name, no date of birth, every section, A4, never overwrite. */
    public static SummaryOptions defaults() {
        return new SummaryOptions(false, false, SummarySection.all(), null, null, PaperSize.A4, false);
    }

    public boolean includes(SummarySection section) {
        return sections.contains(section);
    }

    public SummaryOptions withInitialsOnly(boolean initials) {
        return new SummaryOptions(initials, includeDateOfBirth, sections, clinicianName, clinicianCredentials, paper,
                replaceExisting);
    }

    public SummaryOptions withSections(Set<SummarySection> chosen) {
        return new SummaryOptions(initialsOnly, includeDateOfBirth, chosen, clinicianName, clinicianCredentials, paper,
                replaceExisting);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

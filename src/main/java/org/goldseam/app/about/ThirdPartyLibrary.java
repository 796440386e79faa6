package org.goldseam.app.about;

import java.util.List;

/**
 * One library shipped with Goldseam, as the build's licence report lists it.
 *
 * @param name        the library's own name
 * @param coordinates group and artifact, e.g. {@code com.formdev:flatlaf}
 * @param version     the version shipped
 * @param licences    the licences its project declares (one of them may be chosen where there are several)
 * @param url         the project's address, or empty
 */
public record ThirdPartyLibrary(String name, String coordinates, String version, List<String> licences, String url) {
    public ThirdPartyLibrary {
        licences = List.copyOf(licences);
    }
}

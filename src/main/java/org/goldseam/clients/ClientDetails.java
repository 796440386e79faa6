package org.goldseam.clients;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a clinician types about a client: the input for creating and updating one. Status and
 * discharge are changed through their own operations, so a form save cannot discharge by accident.
 */
public record ClientDetails(
        String fullName,
        @Nullable String preferredName,
        @Nullable String pronouns,
        @Nullable LocalDate dateOfBirth,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String emergencyContactName,
        @Nullable String emergencyContactPhone,
        @Nullable String emergencyContactRelation,
        @Nullable String referralSource,
        LocalDate intakeDate) {

    public ClientDetails {
        Objects.requireNonNull(fullName, "fullName");
        if (fullName.isBlank()) {
            throw new IllegalArgumentException("a client needs a name");
        }
        Objects.requireNonNull(intakeDate, "intakeDate");
    }

    /** Only the required fields; everything optional left empty. */
    public static ClientDetails of(String fullName, LocalDate intakeDate) {
        return new ClientDetails(fullName, null, null, null, null, null, null, null, null, null, null, intakeDate);
    }
}

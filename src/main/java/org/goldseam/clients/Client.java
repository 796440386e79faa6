package org.goldseam.clients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One client, every column of the {@code client} table (a nullable column is {@code @Nullable}). Timestamps are in UTC. */
public record Client(
        long id,
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
        LocalDate intakeDate,
        ClientStatus status,
        @Nullable LocalDate dischargeDate,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Client {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(intakeDate, "intakeDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The editable part, e.g. to prefill a form. */
    public ClientDetails details() {
        return new ClientDetails(fullName, preferredName, pronouns, dateOfBirth, email, phone, address,
                emergencyContactName, emergencyContactPhone, emergencyContactRelation, referralSource, intakeDate);
    }
}

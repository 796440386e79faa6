package org.goldseam.clients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One client, every column of the {@code client} table. Timestamps are in UTC. */
public record Client(
        long id,
        String fullName,
        String preferredName,
        String pronouns,
        LocalDate dateOfBirth,
        String email,
        String phone,
        String address,
        String emergencyContactName,
        String emergencyContactPhone,
        String emergencyContactRelation,
        String referralSource,
        LocalDate intakeDate,
        ClientStatus status,
        LocalDate dischargeDate,
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

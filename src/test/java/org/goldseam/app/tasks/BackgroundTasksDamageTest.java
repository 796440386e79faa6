package org.goldseam.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.goldseam.app.workspace.Problems;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultProblem;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * The app's one path for background work turns "a stored value no longer reads back" into the
 * damaged-vault refusal (so every screen shows that sentence, never a database error) and tells the
 * window, which offers the newest backup. Other failures pass through as they were.
 */
class BackgroundTasksDamageTest {
    private final BackgroundTasks tasks = BackgroundTasks.synchronous();
    private final List<VaultException> offered = new ArrayList<>();
    private final AtomicReference<Throwable> failed = new AtomicReference<>();

    BackgroundTasksDamageTest() {
        tasks.onDamage(offered::add);
    }

    @Test
    void aValueThatNoLongerConvertsArrivesAsTheDamagedVaultRefusalAndTheWindowIsTold() {
        // what jOOQ threw when a flipped byte had made a stored date unreadable (H2's 22018)
        DataAccessException raw = new DataAccessException("reading a row",
                new SQLException("Data conversion error", "22018", ErrorCode.DATA_CONVERSION_ERROR_1));

        tasks.run(() -> {
            throw raw;
        }, ignored -> { }, failed::set);

        assertThat(failed.get()).isInstanceOf(VaultException.class);
        assertThat(((VaultException) failed.get()).problem()).isEqualTo(VaultProblem.DAMAGED);
        assertThat(Problems.describe(failed.get())).contains("damaged").doesNotContain("22018").doesNotContain("Exception");
        assertThat(offered).hasSize(1);
    }

    @Test
    void otherFailuresReachTheCallerUnchangedAndOfferNoBackup() {
        IllegalStateException other = new IllegalStateException("a mistake in a presenter");

        tasks.run(() -> {
            throw other;
        }, ignored -> { }, failed::set);

        assertThat(failed.get()).isSameAs(other);
        assertThat(offered).isEmpty();
    }
}

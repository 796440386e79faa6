package org.goldseam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.AUDIT_EVENT;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.testing.Tampering;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00.123456Z");
    private static final String ACTOR = "Dr. Maëlle Ó Briain";

    @TempDir
    Path dir;
    Vault vault;
    DSLContext dsl;
    AuditRepository audit;

    @BeforeEach
    void open() {
        vault = TestVaults.create(dir.resolve("vault"));
        dsl = vault.database().dsl();
        audit = new AuditRepository(dsl);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private List<AuditEvent> appendSeveral() {
        List<AuditEvent> events = new ArrayList<>();
        events.add(audit.append(AuditAction.VAULT_CREATED, ACTOR, null, null, null, T0));
        events.add(audit.append(AuditAction.UNLOCK, ACTOR, null, null, "desktop", T0.plusSeconds(5)));
        events.add(audit.append(AuditAction.CLIENT_VIEWED, ACTOR, 7L, null, null, T0.plusSeconds(60)));
        events.add(audit.append(AuditAction.NOTE_SIGNED, ACTOR, 7L, 42L, null, T0.plusSeconds(120)));
        events.add(audit.append(AuditAction.EXPORT, ACTOR, 7L, null, "summary-2026-11.pdf", T0.plusSeconds(180)));
        return events;
    }

    @Test
    void entriesAreChainedFromGenesisAndReadBackAsWritten() {
        List<AuditEvent> written = appendSeveral();

        List<AuditEvent> read = audit.list(AuditFilter.all());

        assertThat(read).isEqualTo(written);
        assertThat(read.get(0).prevHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i).prevHash()).isEqualTo(read.get(i - 1).rowHash());
        }
        assertThat(read.get(0).occurredAt()).isEqualTo(T0.atOffset(ZoneOffset.UTC));
        assertThat(read.get(4)).extracting(AuditEvent::action, AuditEvent::clientId, AuditEvent::noteId, AuditEvent::detail)
                .containsExactly(AuditAction.EXPORT, 7L, null, "summary-2026-11.pdf");
        assertThat(audit.verifyChain()).isEqualTo(new ChainVerification(5, null));
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void anEntryWhoseDetailWasEditedIsReportedAsTheFirstBreak() {
        List<AuditEvent> written = appendSeveral();
        long tampered = written.get(1).id();

        Tampering.removeAuditGuard(dsl);
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.DETAIL, "laptop").where(AUDIT_EVENT.ID.eq(tampered)).execute();

        ChainVerification result = audit.verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).hasValue(tampered);
        assertThat(result.checkedRows()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryIsReportedAtTheEntryAfterIt() {
        List<AuditEvent> written = appendSeveral();

        Tampering.removeAuditGuard(dsl);
        dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(written.get(2).id())).execute();

        assertThat(audit.verifyChain().firstBrokenId()).isEqualTo(written.get(3).id());
    }

    @Test
    void aRecomputedRowHashDoesNotHideAnEditBecauseTheNextLinkBreaks() {
        List<AuditEvent> written = appendSeveral();
        AuditEvent e = written.get(2);
        String forged = AuditChain.rowHashV2(e.id(), e.prevHash(), e.occurredAt(), e.action(), "Someone Else", e.clientId(),
                e.noteId(), e.detail());

        Tampering.removeAuditGuard(dsl);
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "Someone Else").set(AUDIT_EVENT.ROW_HASH, forged)
                .where(AUDIT_EVENT.ID.eq(e.id())).execute();

        assertThat(audit.verifyChain().firstBrokenId()).isEqualTo(written.get(3).id());
    }

    @Test
    void aRenumberedEntryIsReportedBecauseItsHashCoversItsId() {
        List<AuditEvent> written = appendSeveral();

        Tampering.removeAuditGuard(dsl);
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ID, 99L).where(AUDIT_EVENT.ID.eq(written.get(4).id())).execute();

        assertThat(audit.verifyChain().firstBrokenId()).isEqualTo(99L);
    }

    @Test
    void entriesHashedBeforeVersion7KeepTheirHashAndTheChainContinuesFromThem() {
        // an entry as Goldseam wrote it before schema version 7: hash version 1, id not covered
        var at = T0.atOffset(ZoneOffset.UTC);
        String oldHash = AuditChain.rowHash(AuditChain.GENESIS, at, AuditAction.VAULT_CREATED, ACTOR, null, null, null);
        dsl.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.ID, 1L).set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTION, AuditAction.VAULT_CREATED.dbValue()).set(AUDIT_EVENT.ACTOR, ACTOR)
                .set(AUDIT_EVENT.PREV_HASH, AuditChain.GENESIS).set(AUDIT_EVENT.ROW_HASH, oldHash)
                .set(AUDIT_EVENT.HASH_VERSION, (short) 1).execute();

        AuditEvent next = audit.append(AuditAction.UNLOCK, ACTOR, null, null, "desktop", T0.plusSeconds(5));

        assertThat(next.id()).isEqualTo(2L);
        assertThat(next.prevHash()).isEqualTo(oldHash);
        assertThat(dsl.select(AUDIT_EVENT.HASH_VERSION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.HASH_VERSION))
                .containsExactly((short) 1, (short) 2);
        assertThat(audit.verifyChain()).isEqualTo(new ChainVerification(2, null));
        // the same old entry claimed as version 2 does not verify: versions cannot be swapped
        Tampering.removeAuditGuard(dsl);
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.HASH_VERSION, (short) 2).where(AUDIT_EVENT.ID.eq(1L)).execute();
        assertThat(audit.verifyChain().firstBrokenId()).isEqualTo(1L);
    }

    @Test
    void everyActionIsStoredAndReadBack() {
        Instant at = T0;
        for (AuditAction action : AuditAction.values()) {
            audit.append(action, ACTOR, null, null, null, at);
            at = at.plusSeconds(1);
        }

        assertThat(audit.list(AuditFilter.all())).extracting(AuditEvent::action).containsExactly(AuditAction.values());
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("failed_unlock"))
                .fetch()).hasSize(1);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void theListFiltersByClientNoteActionAndTime() {
        List<AuditEvent> written = appendSeveral();

        assertThat(audit.list(AuditFilter.forClient(7))).containsExactlyElementsOf(written.subList(2, 5));
        assertThat(audit.list(AuditFilter.forNote(42))).containsExactly(written.get(3));
        assertThat(audit.list(new AuditFilter(null, null, AuditAction.UNLOCK, null, null))).containsExactly(written.get(1));
        assertThat(audit.list(new AuditFilter(T0.plusSeconds(5), T0.plusSeconds(120), null, null, null)))
                .containsExactly(written.get(1), written.get(2));
    }

    @Test
    void concurrentAppendsFromTwoRepositoriesNeverForkTheChain() throws Exception {
        AuditRepository other = new AuditRepository(dsl);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                AuditRepository repo = t % 2 == 0 ? audit : other;
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        repo.append(AuditAction.CLIENT_VIEWED, ACTOR, (long) thread, null, null, T0.plusSeconds(i));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        List<AuditEvent> all = audit.list(AuditFilter.all());
        assertThat(all).hasSize(200);
        assertThat(all).extracting(AuditEvent::prevHash).doesNotHaveDuplicates();
        assertThat(audit.verifyChain()).isEqualTo(new ChainVerification(200, null));
    }

    @Test
    void theRepositoryOffersNoWayToChangeOrRemoveEntries() {
        assertThat(Arrays.stream(AuditRepository.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("append", "list", "verifyChain", "anchor", "verifyAgainst");
    }
}

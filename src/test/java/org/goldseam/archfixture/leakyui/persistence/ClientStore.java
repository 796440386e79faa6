package org.goldseam.archfixture.leakyui.persistence;

/** Fixture: stands in for a repository. */
public final class ClientStore {
    public String name(long id) {
        return "client " + id;
    }
}

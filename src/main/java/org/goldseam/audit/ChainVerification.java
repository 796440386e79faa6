package org.goldseam.audit;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the audit chain.
 *
 * @param checkedRows how many entries were read
 * @param firstBrokenId the id of the first entry whose hash or link does not match, or null if the
 *     chain is intact. An edited entry is reported itself; a removed one by the entry after it.
 */
public record ChainVerification(long checkedRows, @Nullable Long firstBrokenId) {
    public boolean intact() {
        return firstBrokenId == null;
    }

    public OptionalLong firstBroken() {
        return firstBrokenId == null ? OptionalLong.empty() : OptionalLong.of(firstBrokenId);
    }
}

@NullMarked
package org.goldseam.app.summary;

import org.jspecify.annotations.NullMarked;

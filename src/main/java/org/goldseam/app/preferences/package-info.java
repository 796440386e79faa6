@NullMarked
package org.goldseam.app.preferences;

import org.jspecify.annotations.NullMarked;

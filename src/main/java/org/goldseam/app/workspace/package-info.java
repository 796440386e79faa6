@NullMarked
package org.goldseam.app.workspace;

import org.jspecify.annotations.NullMarked;

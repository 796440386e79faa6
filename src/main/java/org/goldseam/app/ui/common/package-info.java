@NullMarked
package org.goldseam.app.ui.common;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.goldseam.app.restore.ui;

import org.jspecify.annotations.NullMarked;

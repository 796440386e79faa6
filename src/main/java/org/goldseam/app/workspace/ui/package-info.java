@NullMarked
package org.goldseam.app.workspace.ui;

import org.jspecify.annotations.NullMarked;

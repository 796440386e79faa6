@NullMarked
package org.goldseam.app.audit.ui;

import org.jspecify.annotations.NullMarked;

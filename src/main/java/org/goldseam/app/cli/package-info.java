@NullMarked
package org.goldseam.app.cli;

import org.jspecify.annotations.NullMarked;

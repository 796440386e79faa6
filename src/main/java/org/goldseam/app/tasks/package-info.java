@NullMarked
package org.goldseam.app.tasks;

import org.jspecify.annotations.NullMarked;

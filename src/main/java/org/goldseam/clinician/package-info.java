@NullMarked
package org.goldseam.clinician;

import org.jspecify.annotations.NullMarked;

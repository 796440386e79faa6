@NullMarked
package org.goldseam.clinician.persistence;

import org.jspecify.annotations.NullMarked;

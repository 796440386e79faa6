@NullMarked
package org.goldseam.app.workspace.persistence;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.goldseam.clients.persistence;

import org.jspecify.annotations.NullMarked;

/** What the About dialog tells: this build's version and date, and the libraries shipped with it and their licences. */
@NullMarked
package org.goldseam.app.about;

import org.jspecify.annotations.NullMarked;

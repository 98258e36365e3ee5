/** The depot's model: crate left it in the previous version. */
@Acknowledge(rule = "dropTable", table = "crate",
    reason = "no running version reads crates since the previous deploy")
package com.example.depot;

import io.tidemark.annotations.Acknowledge;

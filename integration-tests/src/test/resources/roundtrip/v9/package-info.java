/** The round trip's model; tag leaves it in this version. */
@Acknowledge(rule = "dropTable", table = "tag", reason = "the round trip drops the table in one step")
package com.example.shop;

import io.tidemark.annotations.Acknowledge;

"""修改轮次的比较与往返 (no Qt): compare two texts of a speech (`diff`), what is compared (`sources`),
a round as .docx with Word 修订 (`docx_out`), the leader's edited .docx read back (`docx_in`) and
mapped onto the outline (`merge`)."""

//! Long lists: a list of plain declarations, or of `extern` blocks as
//! bindgen writes them (one per item), expands in one step whatever its
//! length; a mixed list costs one macro level per item. All three must stay
//! within the default recursion limit at these sizes.
#![allow(dead_code, non_upper_case_globals)]

weaklink::weak! {
    fn plain_0(x: *mut u8, n: usize) -> i32;
    fn plain_1(x: *mut u8, n: usize) -> i32;
    fn plain_2(x: *mut u8, n: usize) -> i32;
    fn plain_3(x: *mut u8, n: usize) -> i32;
    fn plain_4(x: *mut u8, n: usize) -> i32;
    fn plain_5(x: *mut u8, n: usize) -> i32;
    fn plain_6(x: *mut u8, n: usize) -> i32;
    fn plain_7(x: *mut u8, n: usize) -> i32;
    fn plain_8(x: *mut u8, n: usize) -> i32;
    fn plain_9(x: *mut u8, n: usize) -> i32;
    fn plain_10(x: *mut u8, n: usize) -> i32;
    fn plain_11(x: *mut u8, n: usize) -> i32;
    fn plain_12(x: *mut u8, n: usize) -> i32;
    fn plain_13(x: *mut u8, n: usize) -> i32;
    fn plain_14(x: *mut u8, n: usize) -> i32;
    fn plain_15(x: *mut u8, n: usize) -> i32;
    fn plain_16(x: *mut u8, n: usize) -> i32;
    fn plain_17(x: *mut u8, n: usize) -> i32;
    fn plain_18(x: *mut u8, n: usize) -> i32;
    fn plain_19(x: *mut u8, n: usize) -> i32;
    fn plain_20(x: *mut u8, n: usize) -> i32;
    fn plain_21(x: *mut u8, n: usize) -> i32;
    fn plain_22(x: *mut u8, n: usize) -> i32;
    fn plain_23(x: *mut u8, n: usize) -> i32;
    fn plain_24(x: *mut u8, n: usize) -> i32;
    fn plain_25(x: *mut u8, n: usize) -> i32;
    fn plain_26(x: *mut u8, n: usize) -> i32;
    fn plain_27(x: *mut u8, n: usize) -> i32;
    fn plain_28(x: *mut u8, n: usize) -> i32;
    fn plain_29(x: *mut u8, n: usize) -> i32;
    fn plain_30(x: *mut u8, n: usize) -> i32;
    fn plain_31(x: *mut u8, n: usize) -> i32;
    fn plain_32(x: *mut u8, n: usize) -> i32;
    fn plain_33(x: *mut u8, n: usize) -> i32;
    fn plain_34(x: *mut u8, n: usize) -> i32;
    fn plain_35(x: *mut u8, n: usize) -> i32;
    fn plain_36(x: *mut u8, n: usize) -> i32;
    fn plain_37(x: *mut u8, n: usize) -> i32;
    fn plain_38(x: *mut u8, n: usize) -> i32;
    fn plain_39(x: *mut u8, n: usize) -> i32;
    fn plain_40(x: *mut u8, n: usize) -> i32;
    fn plain_41(x: *mut u8, n: usize) -> i32;
    fn plain_42(x: *mut u8, n: usize) -> i32;
    fn plain_43(x: *mut u8, n: usize) -> i32;
    fn plain_44(x: *mut u8, n: usize) -> i32;
    fn plain_45(x: *mut u8, n: usize) -> i32;
    fn plain_46(x: *mut u8, n: usize) -> i32;
    fn plain_47(x: *mut u8, n: usize) -> i32;
    fn plain_48(x: *mut u8, n: usize) -> i32;
    fn plain_49(x: *mut u8, n: usize) -> i32;
    fn plain_50(x: *mut u8, n: usize) -> i32;
    fn plain_51(x: *mut u8, n: usize) -> i32;
    fn plain_52(x: *mut u8, n: usize) -> i32;
    fn plain_53(x: *mut u8, n: usize) -> i32;
    fn plain_54(x: *mut u8, n: usize) -> i32;
    fn plain_55(x: *mut u8, n: usize) -> i32;
    fn plain_56(x: *mut u8, n: usize) -> i32;
    fn plain_57(x: *mut u8, n: usize) -> i32;
    fn plain_58(x: *mut u8, n: usize) -> i32;
    fn plain_59(x: *mut u8, n: usize) -> i32;
    fn plain_60(x: *mut u8, n: usize) -> i32;
    fn plain_61(x: *mut u8, n: usize) -> i32;
    fn plain_62(x: *mut u8, n: usize) -> i32;
    fn plain_63(x: *mut u8, n: usize) -> i32;
    fn plain_64(x: *mut u8, n: usize) -> i32;
    fn plain_65(x: *mut u8, n: usize) -> i32;
    fn plain_66(x: *mut u8, n: usize) -> i32;
    fn plain_67(x: *mut u8, n: usize) -> i32;
    fn plain_68(x: *mut u8, n: usize) -> i32;
    fn plain_69(x: *mut u8, n: usize) -> i32;
    fn plain_70(x: *mut u8, n: usize) -> i32;
    fn plain_71(x: *mut u8, n: usize) -> i32;
    fn plain_72(x: *mut u8, n: usize) -> i32;
    fn plain_73(x: *mut u8, n: usize) -> i32;
    fn plain_74(x: *mut u8, n: usize) -> i32;
    fn plain_75(x: *mut u8, n: usize) -> i32;
    fn plain_76(x: *mut u8, n: usize) -> i32;
    fn plain_77(x: *mut u8, n: usize) -> i32;
    fn plain_78(x: *mut u8, n: usize) -> i32;
    fn plain_79(x: *mut u8, n: usize) -> i32;
    fn plain_80(x: *mut u8, n: usize) -> i32;
    fn plain_81(x: *mut u8, n: usize) -> i32;
    fn plain_82(x: *mut u8, n: usize) -> i32;
    fn plain_83(x: *mut u8, n: usize) -> i32;
    fn plain_84(x: *mut u8, n: usize) -> i32;
    fn plain_85(x: *mut u8, n: usize) -> i32;
    fn plain_86(x: *mut u8, n: usize) -> i32;
    fn plain_87(x: *mut u8, n: usize) -> i32;
    fn plain_88(x: *mut u8, n: usize) -> i32;
    fn plain_89(x: *mut u8, n: usize) -> i32;
    fn plain_90(x: *mut u8, n: usize) -> i32;
    fn plain_91(x: *mut u8, n: usize) -> i32;
    fn plain_92(x: *mut u8, n: usize) -> i32;
    fn plain_93(x: *mut u8, n: usize) -> i32;
    fn plain_94(x: *mut u8, n: usize) -> i32;
    fn plain_95(x: *mut u8, n: usize) -> i32;
    fn plain_96(x: *mut u8, n: usize) -> i32;
    fn plain_97(x: *mut u8, n: usize) -> i32;
    fn plain_98(x: *mut u8, n: usize) -> i32;
    fn plain_99(x: *mut u8, n: usize) -> i32;
    fn plain_100(x: *mut u8, n: usize) -> i32;
    fn plain_101(x: *mut u8, n: usize) -> i32;
    fn plain_102(x: *mut u8, n: usize) -> i32;
    fn plain_103(x: *mut u8, n: usize) -> i32;
    fn plain_104(x: *mut u8, n: usize) -> i32;
    fn plain_105(x: *mut u8, n: usize) -> i32;
    fn plain_106(x: *mut u8, n: usize) -> i32;
    fn plain_107(x: *mut u8, n: usize) -> i32;
    fn plain_108(x: *mut u8, n: usize) -> i32;
    fn plain_109(x: *mut u8, n: usize) -> i32;
    fn plain_110(x: *mut u8, n: usize) -> i32;
    fn plain_111(x: *mut u8, n: usize) -> i32;
    fn plain_112(x: *mut u8, n: usize) -> i32;
    fn plain_113(x: *mut u8, n: usize) -> i32;
    fn plain_114(x: *mut u8, n: usize) -> i32;
    fn plain_115(x: *mut u8, n: usize) -> i32;
    fn plain_116(x: *mut u8, n: usize) -> i32;
    fn plain_117(x: *mut u8, n: usize) -> i32;
    fn plain_118(x: *mut u8, n: usize) -> i32;
    fn plain_119(x: *mut u8, n: usize) -> i32;
    fn plain_120(x: *mut u8, n: usize) -> i32;
    fn plain_121(x: *mut u8, n: usize) -> i32;
    fn plain_122(x: *mut u8, n: usize) -> i32;
    fn plain_123(x: *mut u8, n: usize) -> i32;
    fn plain_124(x: *mut u8, n: usize) -> i32;
    fn plain_125(x: *mut u8, n: usize) -> i32;
    fn plain_126(x: *mut u8, n: usize) -> i32;
    fn plain_127(x: *mut u8, n: usize) -> i32;
    fn plain_128(x: *mut u8, n: usize) -> i32;
    fn plain_129(x: *mut u8, n: usize) -> i32;
    fn plain_130(x: *mut u8, n: usize) -> i32;
    fn plain_131(x: *mut u8, n: usize) -> i32;
    fn plain_132(x: *mut u8, n: usize) -> i32;
    fn plain_133(x: *mut u8, n: usize) -> i32;
    fn plain_134(x: *mut u8, n: usize) -> i32;
    fn plain_135(x: *mut u8, n: usize) -> i32;
    fn plain_136(x: *mut u8, n: usize) -> i32;
    fn plain_137(x: *mut u8, n: usize) -> i32;
    fn plain_138(x: *mut u8, n: usize) -> i32;
    fn plain_139(x: *mut u8, n: usize) -> i32;
    fn plain_140(x: *mut u8, n: usize) -> i32;
    fn plain_141(x: *mut u8, n: usize) -> i32;
    fn plain_142(x: *mut u8, n: usize) -> i32;
    fn plain_143(x: *mut u8, n: usize) -> i32;
    fn plain_144(x: *mut u8, n: usize) -> i32;
    fn plain_145(x: *mut u8, n: usize) -> i32;
    fn plain_146(x: *mut u8, n: usize) -> i32;
    fn plain_147(x: *mut u8, n: usize) -> i32;
    fn plain_148(x: *mut u8, n: usize) -> i32;
    fn plain_149(x: *mut u8, n: usize) -> i32;
    fn plain_150(x: *mut u8, n: usize) -> i32;
    fn plain_151(x: *mut u8, n: usize) -> i32;
    fn plain_152(x: *mut u8, n: usize) -> i32;
    fn plain_153(x: *mut u8, n: usize) -> i32;
    fn plain_154(x: *mut u8, n: usize) -> i32;
    fn plain_155(x: *mut u8, n: usize) -> i32;
    fn plain_156(x: *mut u8, n: usize) -> i32;
    fn plain_157(x: *mut u8, n: usize) -> i32;
    fn plain_158(x: *mut u8, n: usize) -> i32;
    fn plain_159(x: *mut u8, n: usize) -> i32;
    fn plain_160(x: *mut u8, n: usize) -> i32;
    fn plain_161(x: *mut u8, n: usize) -> i32;
    fn plain_162(x: *mut u8, n: usize) -> i32;
    fn plain_163(x: *mut u8, n: usize) -> i32;
    fn plain_164(x: *mut u8, n: usize) -> i32;
    fn plain_165(x: *mut u8, n: usize) -> i32;
    fn plain_166(x: *mut u8, n: usize) -> i32;
    fn plain_167(x: *mut u8, n: usize) -> i32;
    fn plain_168(x: *mut u8, n: usize) -> i32;
    fn plain_169(x: *mut u8, n: usize) -> i32;
    fn plain_170(x: *mut u8, n: usize) -> i32;
    fn plain_171(x: *mut u8, n: usize) -> i32;
    fn plain_172(x: *mut u8, n: usize) -> i32;
    fn plain_173(x: *mut u8, n: usize) -> i32;
    fn plain_174(x: *mut u8, n: usize) -> i32;
    fn plain_175(x: *mut u8, n: usize) -> i32;
    fn plain_176(x: *mut u8, n: usize) -> i32;
    fn plain_177(x: *mut u8, n: usize) -> i32;
    fn plain_178(x: *mut u8, n: usize) -> i32;
    fn plain_179(x: *mut u8, n: usize) -> i32;
    fn plain_180(x: *mut u8, n: usize) -> i32;
    fn plain_181(x: *mut u8, n: usize) -> i32;
    fn plain_182(x: *mut u8, n: usize) -> i32;
    fn plain_183(x: *mut u8, n: usize) -> i32;
    fn plain_184(x: *mut u8, n: usize) -> i32;
    fn plain_185(x: *mut u8, n: usize) -> i32;
    fn plain_186(x: *mut u8, n: usize) -> i32;
    fn plain_187(x: *mut u8, n: usize) -> i32;
    fn plain_188(x: *mut u8, n: usize) -> i32;
    fn plain_189(x: *mut u8, n: usize) -> i32;
    fn plain_190(x: *mut u8, n: usize) -> i32;
    fn plain_191(x: *mut u8, n: usize) -> i32;
    fn plain_192(x: *mut u8, n: usize) -> i32;
    fn plain_193(x: *mut u8, n: usize) -> i32;
    fn plain_194(x: *mut u8, n: usize) -> i32;
    fn plain_195(x: *mut u8, n: usize) -> i32;
    fn plain_196(x: *mut u8, n: usize) -> i32;
    fn plain_197(x: *mut u8, n: usize) -> i32;
    fn plain_198(x: *mut u8, n: usize) -> i32;
    fn plain_199(x: *mut u8, n: usize) -> i32;
}

weaklink::weak! {
extern "C" {
    pub fn block_0(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_1(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_2(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_3(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_4(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_5(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_6(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_7(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_8(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_9(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_10(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_11(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_12(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_13(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_14(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_15(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_16(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_17(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_18(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_19(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_20(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_21(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_22(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_23(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_24(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_25(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_26(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_27(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_28(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_29(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_30(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_31(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_32(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_33(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_34(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_35(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_36(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_37(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_38(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_39(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_40(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_41(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_42(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_43(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_44(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_45(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_46(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_47(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_48(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_49(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_50(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_51(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_52(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_53(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_54(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_55(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_56(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_57(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_58(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_59(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_60(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_61(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_62(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_63(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_64(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_65(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_66(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_67(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_68(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_69(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_70(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_71(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_72(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_73(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_74(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_75(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_76(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_77(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_78(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_79(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_80(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_81(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_82(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_83(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_84(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_85(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_86(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_87(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_88(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_89(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_90(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_91(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_92(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_93(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_94(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_95(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_96(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_97(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_98(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_99(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_100(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_101(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_102(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_103(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_104(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_105(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_106(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_107(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_108(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_109(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_110(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_111(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_112(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_113(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_114(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_115(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_116(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_117(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_118(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_119(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_120(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_121(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_122(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_123(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_124(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_125(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_126(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_127(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_128(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_129(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_130(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_131(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_132(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_133(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_134(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_135(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_136(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_137(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_138(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_139(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_140(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_141(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_142(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_143(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_144(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_145(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_146(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_147(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_148(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_149(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_150(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_151(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_152(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_153(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_154(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_155(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_156(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_157(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_158(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_159(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_160(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_161(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_162(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_163(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_164(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_165(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_166(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_167(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_168(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_169(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_170(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_171(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_172(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_173(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_174(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_175(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_176(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_177(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_178(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_179(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_180(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_181(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_182(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_183(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_184(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_185(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_186(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_187(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_188(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_189(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_190(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_191(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_192(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_193(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_194(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_195(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_196(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_197(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_198(x: *mut u8) -> i32;
}
extern "C" {
    pub fn block_199(x: *mut u8) -> i32;
}
}

weaklink::weak! {
    static var_0: u32;
    fn mixed_1(x: *mut u8) -> i32;
    static var_2: u32;
    fn mixed_3(x: *mut u8) -> i32;
    static var_4: u32;
    fn mixed_5(x: *mut u8) -> i32;
    static var_6: u32;
    fn mixed_7(x: *mut u8) -> i32;
    static var_8: u32;
    fn mixed_9(x: *mut u8) -> i32;
    static var_10: u32;
    fn mixed_11(x: *mut u8) -> i32;
    static var_12: u32;
    fn mixed_13(x: *mut u8) -> i32;
    static var_14: u32;
    fn mixed_15(x: *mut u8) -> i32;
    static var_16: u32;
    fn mixed_17(x: *mut u8) -> i32;
    static var_18: u32;
    fn mixed_19(x: *mut u8) -> i32;
    static var_20: u32;
    fn mixed_21(x: *mut u8) -> i32;
    static var_22: u32;
    fn mixed_23(x: *mut u8) -> i32;
    static var_24: u32;
    fn mixed_25(x: *mut u8) -> i32;
    static var_26: u32;
    fn mixed_27(x: *mut u8) -> i32;
    static var_28: u32;
    fn mixed_29(x: *mut u8) -> i32;
    static var_30: u32;
    fn mixed_31(x: *mut u8) -> i32;
    static var_32: u32;
    fn mixed_33(x: *mut u8) -> i32;
    static var_34: u32;
    fn mixed_35(x: *mut u8) -> i32;
    static var_36: u32;
    fn mixed_37(x: *mut u8) -> i32;
    static var_38: u32;
    fn mixed_39(x: *mut u8) -> i32;
    static var_40: u32;
    fn mixed_41(x: *mut u8) -> i32;
    static var_42: u32;
    fn mixed_43(x: *mut u8) -> i32;
    static var_44: u32;
    fn mixed_45(x: *mut u8) -> i32;
    static var_46: u32;
    fn mixed_47(x: *mut u8) -> i32;
    static var_48: u32;
    fn mixed_49(x: *mut u8) -> i32;
    static var_50: u32;
    fn mixed_51(x: *mut u8) -> i32;
    static var_52: u32;
    fn mixed_53(x: *mut u8) -> i32;
    static var_54: u32;
    fn mixed_55(x: *mut u8) -> i32;
    static var_56: u32;
    fn mixed_57(x: *mut u8) -> i32;
    static var_58: u32;
    fn mixed_59(x: *mut u8) -> i32;
    static var_60: u32;
    fn mixed_61(x: *mut u8) -> i32;
    static var_62: u32;
    fn mixed_63(x: *mut u8) -> i32;
    static var_64: u32;
    fn mixed_65(x: *mut u8) -> i32;
    static var_66: u32;
    fn mixed_67(x: *mut u8) -> i32;
    static var_68: u32;
    fn mixed_69(x: *mut u8) -> i32;
    static var_70: u32;
    fn mixed_71(x: *mut u8) -> i32;
    static var_72: u32;
    fn mixed_73(x: *mut u8) -> i32;
    static var_74: u32;
    fn mixed_75(x: *mut u8) -> i32;
    static var_76: u32;
    fn mixed_77(x: *mut u8) -> i32;
    static var_78: u32;
    fn mixed_79(x: *mut u8) -> i32;
    static var_80: u32;
    fn mixed_81(x: *mut u8) -> i32;
    static var_82: u32;
    fn mixed_83(x: *mut u8) -> i32;
    static var_84: u32;
    fn mixed_85(x: *mut u8) -> i32;
    static var_86: u32;
    fn mixed_87(x: *mut u8) -> i32;
    static var_88: u32;
    fn mixed_89(x: *mut u8) -> i32;
    static var_90: u32;
    fn mixed_91(x: *mut u8) -> i32;
    static var_92: u32;
    fn mixed_93(x: *mut u8) -> i32;
    static var_94: u32;
    fn mixed_95(x: *mut u8) -> i32;
    static var_96: u32;
    fn mixed_97(x: *mut u8) -> i32;
    static var_98: u32;
    fn mixed_99(x: *mut u8) -> i32;
}

fn main() {
    assert_eq!(plain_199.name(), "plain_199");
    assert_eq!(block_199.name(), "block_199");
    assert_eq!(mixed_99.name(), "mixed_99");
    assert_eq!(var_98.name(), "var_98");
}

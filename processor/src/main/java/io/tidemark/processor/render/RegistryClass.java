package io.tidemark.processor.render;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The registry class, written as bytecode: the equivalent of
 *
 * <pre>{@code
 * public final class TidemarkRevisions implements RevisionRegistry {
 *   public List<Migration> revisions() {
 *     return List.of(new Rev0001_..(), new Rev0002_..(), ...);
 *   }
 * }
 * }</pre>
 *
 * <p>It is rebuilt on every compilation. Generated as a source file it would make javac run a
 * further annotation-processing round, entering every class of the compilation again (about a
 * tenth of the compile time on a 500-entity model); written as a class file through the
 * {@code Filer} it costs nothing. It holds no logic a reader would review: the revisions are the
 * sources.
 */
public final class RegistryClass {
  /** The registry's simple name, in the revision package. */
  public static final String NAME = "TidemarkRevisions";

  /** Revisions created per helper method, well inside the 64 KiB limit of a method's code. */
  private static final int PER_METHOD = 2000;

  private static final String MIGRATION = "io/tidemark/Migration";

  private RegistryClass() {}

  /** The class file of {@code <packageName>.TidemarkRevisions} listing {@code revisionClasses}. */
  public static byte[] bytes(String packageName, List<String> revisionClasses) {
    String prefix = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
    String self = prefix + NAME;
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, self, null,
        "java/lang/Object", new String[] {"io/tidemark/RevisionRegistry"});
    cw.visitSource(NAME + ".java", null);

    MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();

    String fillDescriptor = "([L" + MIGRATION + ";)V";
    int parts = (revisionClasses.size() + PER_METHOD - 1) / PER_METHOD;
    MethodVisitor list = cw.visitMethod(Opcodes.ACC_PUBLIC, "revisions", "()Ljava/util/List;",
        "()Ljava/util/List<L" + MIGRATION + ";>;", null);
    list.visitCode();
    list.visitLdcInsn(revisionClasses.size());
    list.visitTypeInsn(Opcodes.ANEWARRAY, MIGRATION);
    for (int part = 0; part < parts; part++) {
      list.visitInsn(Opcodes.DUP);
      list.visitMethodInsn(Opcodes.INVOKESTATIC, self, "fill" + part, fillDescriptor, false);
    }
    list.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of",
        "([Ljava/lang/Object;)Ljava/util/List;", true);
    list.visitInsn(Opcodes.ARETURN);
    list.visitMaxs(0, 0);
    list.visitEnd();

    for (int part = 0; part < parts; part++) {
      MethodVisitor fill = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, "fill" + part,
          fillDescriptor, null, null);
      fill.visitCode();
      int end = Math.min(revisionClasses.size(), (part + 1) * PER_METHOD);
      for (int i = part * PER_METHOD; i < end; i++) {
        String revision = prefix + revisionClasses.get(i);
        fill.visitVarInsn(Opcodes.ALOAD, 0);
        fill.visitLdcInsn(i);
        fill.visitTypeInsn(Opcodes.NEW, revision);
        fill.visitInsn(Opcodes.DUP);
        fill.visitMethodInsn(Opcodes.INVOKESPECIAL, revision, "<init>", "()V", false);
        fill.visitInsn(Opcodes.AASTORE);
      }
      fill.visitInsn(Opcodes.RETURN);
      fill.visitMaxs(0, 0);
      fill.visitEnd();
    }
    cw.visitEnd();
    return cw.toByteArray();
  }
}

package vn.loa.build;

import java.util.List;

/** The bake stopped because of the problems listed; the previous site stays in place. */
public class BuildFailedException extends RuntimeException {
    private final transient List<BuildProblem> problems;

    public BuildFailedException(List<BuildProblem> problems) {
        super(problems.size() + " lỗi trong nội dung");
        this.problems = List.copyOf(problems);
    }

    public List<BuildProblem> problems() {
        return problems;
    }
}

package org.goldseam.app.workspace.ui;

import java.awt.Font;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.NoteEditorPresenter;
import org.goldseam.framework.model.ReflectiveQuestion;

/**
 * What the client said that belongs to their record beyond this note: answers to the four
 * reflective questions and the inner critic's lines, verbatim. Each is recorded on its button.
 */
final class SessionRecordsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient NoteEditorPresenter presenter;
    private final JPanel recorded = new JPanel(new MigLayout("wrap 1, insets 0, gap 2", "[grow, fill]"));
    private final JPanel inputs = new JPanel(new MigLayout("wrap 3, insets 0, gap 6 4", "[][grow, fill][]"));

    SessionRecordsPanel(NoteEditorPresenter presenter) {
        super(new MigLayout("wrap 1, insets 0, gap 4", "[grow, fill]"));
        this.presenter = presenter;
        setName("sessionRecords");
        JLabel title = new JLabel("Reflective questions and inner critic");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        add(title);

        JComboBox<ReflectiveQuestion> question = new JComboBox<>(ReflectiveQuestion.values());
        question.setName("reflectiveQuestion");
        question.getAccessibleContext().setAccessibleName("Reflective question");
        question.setRenderer(Labels.renderer(ReflectiveQuestion::prompt));
        JTextField answer = new JTextField();
        answer.setName("reflectiveAnswer");
        answer.putClientProperty("JTextField.placeholderText", "the client's answer, in their words");
        answer.getAccessibleContext().setAccessibleName("Answer to the reflective question");
        JButton recordAnswer = new JButton("Record");
        recordAnswer.setName("recordAnswer");
        Runnable saveAnswer = () -> {
            if (!answer.getText().isBlank()) {
                presenter.recordReflection((ReflectiveQuestion) question.getSelectedItem(), answer.getText().strip());
                answer.setText("");
            }
        };
        recordAnswer.addActionListener(e -> saveAnswer.run());
        answer.addActionListener(e -> saveAnswer.run());
        inputs.add(new JLabel("Question"));
        inputs.add(question, "span 2, wmin 200");
        inputs.add(new JLabel("Answer"));
        inputs.add(answer);
        inputs.add(recordAnswer);

        JTextField critic = new JTextField();
        critic.setName("innerCritic");
        critic.putClientProperty("JTextField.placeholderText", "e.g. \u201cyou're still not enough\u201d");
        critic.getAccessibleContext().setAccessibleName("Inner-critic line, verbatim");
        JButton recordCritic = new JButton("Record");
        recordCritic.setName("recordCritic");
        Runnable saveCritic = () -> {
            if (!critic.getText().isBlank()) {
                presenter.recordInnerCritic(critic.getText().strip());
                critic.setText("");
            }
        };
        recordCritic.addActionListener(e -> saveCritic.run());
        critic.addActionListener(e -> saveCritic.run());
        inputs.add(new JLabel("Inner critic"));
        inputs.add(critic);
        inputs.add(recordCritic);
        add(inputs, "hidemode 3");
        add(recorded);

        presenter.addListener(NoteEditorPresenter.Property.RECORDED, e -> showRecorded());
        presenter.addListener(NoteEditorPresenter.Property.NOTE, e -> {
            inputs.setVisible(presenter.note() != null && !presenter.isSigned());
            showRecorded();
        });
    }

    private void showRecorded() {
        recorded.removeAll();
        for (String line : presenter.recorded()) {
            JLabel label = new JLabel("<html>" + org.goldseam.app.ui.common.Html.escape(line) + "</html>");
            label.setName("recordedLine");
            recorded.add(label);
        }
        recorded.revalidate();
        recorded.repaint();
    }
}

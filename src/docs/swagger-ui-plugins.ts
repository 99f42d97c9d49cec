/**
 * Swagger UI plugins, sent to the browser as source (Nest serialises functions in `swaggerOptions`):
 * each must be self-contained, using only what the page has (`SwaggerUIBundle`, the plugin `system`).
 */

/** Swagger UI's own bundle, a global of the page: never touched on the server. */
declare const SwaggerUIBundle: { plugins: { DownloadUrl: (system: unknown) => unknown } };

interface UiSystem {
  React: { createElement: (type: unknown, props: unknown, ...children: unknown[]) => unknown };
  fn: { isFileUploadIntended: (schema: unknown) => boolean };
}

interface StringInputProps {
  schema: unknown;
  errors?: { toJS?: () => string[] } | string[];
}

/** The plugin Nest's default list holds (the top bar's URL loading), kept beside ours. */
export function downloadUrl(system: unknown): unknown {
  return SwaggerUIBundle.plugins.DownloadUrl(system);
}

/**
 * Says so when a required file is missing. Swagger UI refuses to execute without it, but marks a file
 * input invalid only by a CSS class its file inputs never get (it reads `.length` of an Immutable
 * list), so a person saw nothing happen. This shows the validation message under the input.
 */
export function requiredFileMessage() {
  return {
    wrapComponents: {
      JsonSchema_string:
        (Original: unknown, system: UiSystem) =>
        (props: StringInputProps): unknown => {
          const { React } = system;
          const input = React.createElement(Original, props);
          const raw = props.errors;
          const errors = raw && !Array.isArray(raw) && raw.toJS ? raw.toJS() : Array.isArray(raw) ? raw : [];
          if (errors.length === 0 || !system.fn.isFileUploadIntended(props.schema)) return input;
          return React.createElement(
            'div',
            null,
            input,
            React.createElement(
              'div',
              {
                className: 'required-file-message',
                role: 'alert',
                style: { color: '#f93e3e', marginTop: '4px' },
              },
              `${errors.join('; ')}: choose a file`,
            ),
          );
        },
    },
  };
}

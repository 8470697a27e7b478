/**
 * Link to a content file in the repository named by site.yaml's `repository`, or undefined when
 * it is empty. GitHub, Gitee and Gitea all show a file at <repository>/blob/<branch>/<path>;
 * a GitLab repository is given with its /-/ already, e.g. https://gitlab.example/group/repo/-.
 */
export function editUrl(repository: string, file: string, branch = 'main'): string | undefined {
  if (!repository) return undefined;
  return `${repository.replace(/\/+$/, '')}/blob/${branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
